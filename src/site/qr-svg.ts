/**
 * QR codes drawn at build time as inline SVG (the `qrcode` package): no script, no image
 * request, crisp when printed. The SVG holds only paths; the address itself is not in it as text.
 */
import QRCode from 'qrcode';

export async function renderQrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
}
