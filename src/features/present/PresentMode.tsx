import { useApp } from '../../store/context';

export default function PresentMode() {
  const setMode = useApp((state) => state.setMode);
  return (
    <div>
      <button type="button" onClick={() => setMode('edit')}>
        Leave Present mode
      </button>
    </div>
  );
}
