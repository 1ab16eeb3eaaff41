import { linedMessage, parties } from './common.ts';
import type { MessageIds, Party, Submission } from './declaration.ts';
import type { CebMessage } from './elements.ts';
import { cebKilograms } from './format.ts';

export interface WayBillInput {
  customsCode: string;
  copNo: string;
  agent: Party;
  carrier: Party;
  loctNo?: string;
  trafMode: string;
  trafName: string;
  voyageNo: string;
  /** 提运单号 of the master bill. */
  billNo: string;
  domesticTrafNo?: string;
  grossWeightG: number;
  /** The parcels under the master bill: waybill, pallet/bag number, the inventory when known. */
  parcels: { logisticsNo: string; totalPackageNo?: string; invtNo?: string }[];
  note?: string;
}

/** CEB607 清单总分单: links a master bill (and its pallets) to the parcels' waybills and inventories. */
export function buildCeb607(input: WayBillInput, submission: Submission, ids: MessageIds): CebMessage<'CEB607'> {
  return linedMessage(
    'CEB607',
    submission,
    ids,
    {
      customsCode: input.customsCode,
      copNo: input.copNo,
      ...parties({ agent: input.agent, logistics: input.carrier }),
      loctNo: input.loctNo,
      trafMode: input.trafMode,
      trafName: input.trafName,
      voyageNo: input.voyageNo,
      billNo: input.billNo,
      domesticTrafNo: input.domesticTrafNo,
      grossWeight: cebKilograms(input.grossWeightG),
      msgCount: '1',
      msgSeqNo: '1',
      note: input.note,
    },
    input.parcels.map((parcel, index) => ({ gnum: String(index + 1), ...parcel })),
  );
}
