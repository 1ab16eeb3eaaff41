import { normalizeCompany, type BuyerDoc } from '@tradewind/domain';
import { AutoComplete, Input } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * The buyer of an order: type a name, or pick a captured buyer (which links the order to it and
 * brings its country, language and prices). Typing after a pick unlinks it.
 */
export function BuyerPicker({ buyers, name, onType, onPick, large }: { buyers: readonly BuyerDoc[]; name: string; onType: (name: string) => void; onPick: (buyer: BuyerDoc) => void; large: boolean }) {
  const { t } = useTranslation();
  const needle = normalizeCompany(name);
  const options = buyers
    .filter((buyer) => !needle || normalizeCompany(buyer.company).includes(needle) || buyer.contactName.toLowerCase().includes(name.trim().toLowerCase()))
    .slice(0, 8)
    .map((buyer) => ({
      value: buyer.id,
      label: (
        <span data-testid={`order-buyer-option-${buyer.id}`}>
          {buyer.company}
          {buyer.country ? ` · ${buyer.country}` : ''}
          {buyer.contactName ? ` · ${buyer.contactName}` : ''}
        </span>
      ),
    }));
  return (
    <AutoComplete
      value={name}
      options={options}
      showSearch={{ filterOption: false }}
      onChange={(value: string) => {
        if (!buyers.some((buyer) => buyer.id === value)) onType(value);
      }}
      onSelect={(id: string) => {
        const buyer = buyers.find((b) => b.id === id);
        if (buyer) onPick(buyer);
      }}
      placeholder={t('orderDesk.buyerPlaceholder')}
      style={{ width: '100%', minWidth: 240 }}
    >
      <Input size={large ? 'large' : 'middle'} maxLength={200} data-testid="order-buyer" />
    </AutoComplete>
  );
}
