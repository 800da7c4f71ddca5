/** qrcode-terminal ships no types; this is the one function we call. */
declare module 'qrcode-terminal' {
  const qrcodeTerminal: {
    generate(input: string, opts: { small?: boolean }, callback: (qr: string) => void): void;
  };
  export default qrcodeTerminal;
}
