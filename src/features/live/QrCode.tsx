import { generate } from 'lean-qr';
import { toSvgDataURL } from 'lean-qr/extras/svg';
import { useMemo } from 'react';
import { LIVE } from './strings';

/** A QR code as an image (the page's CSP allows data: images); black on white scans best on any theme. */
export function QrCode({ text }: { text: string }) {
  const source = useMemo(() => toSvgDataURL(generate(text), { on: 'black', off: 'white', pad: 2 }), [text]);
  return <img className="live-qr" src={source} alt={LIVE.qrAlt(text)} width={200} height={200} />;
}
