import { contextBridge, ipcRenderer } from 'electron';
import { PRINT_TO_PDF_CHANNEL, SECRET_OPEN_CHANNEL, SECRET_SEAL_CHANNEL, type TradewindBridge } from '@tradewind/contract';
import { fromBridgeArgs } from './bridge-args.ts';

const bridge: TradewindBridge = {
  ...fromBridgeArgs(process.argv),
  printToPdf: (fileName) => ipcRenderer.invoke(PRINT_TO_PDF_CHANNEL, fileName),
  secrets: {
    seal: (plain) => ipcRenderer.invoke(SECRET_SEAL_CHANNEL, plain),
    open: (sealed) => ipcRenderer.invoke(SECRET_OPEN_CHANNEL, sealed),
  },
};
contextBridge.exposeInMainWorld('tradewind', bridge);
