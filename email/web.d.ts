// The two web-platform globals the MIME writer uses, which workerd and Node both provide (Apps
// Script does not, so they are not in shared/). Declared here, narrowly, so that this project
// sees neither the Workers nor the Node type library.
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare function btoa(data: string): string;
