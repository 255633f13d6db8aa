/** Worker entry: parses and validates story files off the main thread (see parseOffThread). */
import { handleParseRequest, type ParseRequest } from './parseMessages';

self.onmessage = (e: MessageEvent<ParseRequest>) => self.postMessage(handleParseRequest(e.data));
