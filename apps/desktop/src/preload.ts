import { contextBridge } from 'electron';
import { fromBridgeArgs } from './bridge-args.ts';

contextBridge.exposeInMainWorld('tradewind', fromBridgeArgs(process.argv));
