import { templateById, TEMPLATES, type EvidenceDefinition, type ListingDoc, type ListingReport, type RuleFinding } from '@tradewind/domain';
import { Button, Card, Collapse, Empty, Input, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RxDocument } from 'rxdb';
import { useWorkspace } from '../../workspace.tsx';
import { recordEvidence, removeEvidence } from '../../stores/evidence-store.ts';
import { useLocalize } from './useLocalize.ts';

const OUTCOME_COLOURS = { block: 'red', warn: 'orange', upcoming: 'blue', met: 'green' } as const;

function EvidenceInput({ listing, definition }: { listing: RxDocument<ListingDoc>; definition: EvidenceDefinition }) {
  const { t } = useTranslation();
  const localize = useLocalize();
  const { store } = useWorkspace();
  const [value, setValue] = useState('');
  if (definition.scope === 'attribute' || definition.scope === 'images') {
    return (
      <Space orientation="vertical" size={0}>
        <Typography.Text>{localize(definition.label)}</Typography.Text>
        <Typography.Text type="secondary">
          {localize(definition.hint)} · <Link to={`/products/${listing.productId}`}>{t('catalogue.compliance.openProduct')}</Link>
        </Typography.Text>
      </Space>
    );
  }
  return (
    <Space orientation="vertical" size={4} style={{ width: '100%' }}>
      <Typography.Text>
        {localize(definition.label)} <Tag>{t(`catalogue.compliance.scope.${definition.scope}`)}</Tag>
      </Typography.Text>
      <Space.Compact style={{ width: '100%', maxWidth: 560 }}>
        <Input value={value} onChange={(event) => setValue(event.target.value)} placeholder={localize(definition.hint)} maxLength={1000} data-testid={`evidence-input-${definition.key}`} />
        <Button type="primary" disabled={!value.trim()} onClick={() => void recordEvidence(store, listing, definition, value).then(() => setValue(''))} data-testid={`evidence-add-${definition.key}`}>
          {t('catalogue.compliance.addEvidence')}
        </Button>
      </Space.Compact>
    </Space>
  );
}

function FindingCard({ listing, finding }: { listing: RxDocument<ListingDoc>; finding: RuleFinding }) {
  const { t } = useTranslation();
  const localize = useLocalize();
  const { store } = useWorkspace();
  const { rule } = finding;
  const template = templateById(listing.facts.category);
  // A product without a category still gets the label the attribute has in the templates.
  const definitionOf = (key: string) => (template?.attributes ?? TEMPLATES.flatMap((candidate) => candidate.attributes)).find((attribute) => attribute.key === key);
  const attributeName = (key: string) => localize(definitionOf(key)?.label) || key;
  const recorded = rule.requires.filter((key) => listing.evidence[key] ?? listing.facts.evidence[key]);
  return (
    <Card
      size="small"
      data-testid={`finding-${rule.id}`}
      data-outcome={finding.outcome}
      title={
        <Space wrap>
          <Tag color={OUTCOME_COLOURS[finding.outcome]}>{t(`catalogue.outcome.${finding.outcome}`)}</Tag>
          <Typography.Text strong>{rule.id}</Typography.Text>
          <Typography.Text>{localize(rule.title)}</Typography.Text>
        </Space>
      }
      extra={rule.confidence !== 'V' && <Tag>{t(`catalogue.confidence.${rule.confidence}`)}</Tag>}
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph style={{ margin: 0 }} data-testid={`finding-reason-${rule.id}`}>
          {localize(rule.reason)}
        </Typography.Paragraph>
        {finding.outcome === 'upcoming' && rule.effective?.from && <Typography.Text type="secondary">{t('catalogue.compliance.from', { date: rule.effective.from })}</Typography.Text>}
        {finding.missingAttributes.length > 0 && (
          <Typography.Text type="warning" data-testid={`finding-needs-${rule.id}`}>
            {t('catalogue.compliance.needsData')}{' '}
            <Space size={4} wrap>
              {finding.missingAttributes.map((key) => (
                <Link key={key} to={`/products/${listing.productId}?field=${encodeURIComponent(key)}`} data-testid={`finding-field-${rule.id}-${key}`}>
                  {attributeName(key)}
                </Link>
              ))}
            </Space>
          </Typography.Text>
        )}
        {rule.requires.length === 0 && finding.outcome !== 'met' && rule.fix && <Typography.Text type="danger">{localize(rule.fix)}</Typography.Text>}
        {finding.missingEvidence.length > 0 && (
          <>
            <Typography.Text type="secondary">{t('catalogue.compliance.toFix')}</Typography.Text>
            {finding.missingEvidence.map((definition) => (
              <EvidenceInput key={definition.key} listing={listing} definition={definition} />
            ))}
          </>
        )}
        {recorded.length > 0 && (
          <Space wrap>
            {recorded.map((key) => (
              <Tag key={key} color="green" closable onClose={() => void removeEvidence(store, listing, key)}>
                {(listing.evidence[key] ?? listing.facts.evidence[key])!.value}
              </Tag>
            ))}
          </Space>
        )}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('catalogue.compliance.source', { source: rule.source })}
        </Typography.Text>
      </Space>
    </Card>
  );
}

/** Every rule that applies to the listing, worst first, with what would fix it. */
export function CompliancePanel({ listing, report }: { listing: RxDocument<ListingDoc>; report: ListingReport }) {
  const { t } = useTranslation();
  const open = report.findings.filter((finding) => finding.outcome === 'block' || finding.outcome === 'warn');
  /** Rules not yet in force and rules already met, each folded away under its count. */
  const folded = (['upcoming', 'met'] as const)
    .map((outcome) => ({ outcome, findings: report.findings.filter((finding) => finding.outcome === outcome) }))
    .filter(({ findings }) => findings.length > 0);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {report.channelProblems.length > 0 && (
        <Card size="small" title={t('catalogue.compliance.channel', { channel: t(`orders.channels.${listing.channel}`) })} data-testid="channel-problems">
          <List
            size="small"
            dataSource={report.channelProblems}
            renderItem={(problem) => (
              <List.Item data-testid={`channel-problem-${problem.code}`}>
                <Typography.Text type="danger">{t(`catalogue.channelProblem.${problem.code}`, problem.params)}</Typography.Text>
              </List.Item>
            )}
          />
        </Card>
      )}
      {open.length === 0 && report.channelProblems.length === 0 && <Empty description={t('catalogue.compliance.clear')} />}
      {open.map((finding) => (
        <FindingCard key={finding.rule.id} listing={listing} finding={finding} />
      ))}
      <Collapse
        items={folded.map(({ outcome, findings }) => ({
          key: outcome,
          forceRender: true,
          label: t(`catalogue.compliance.${outcome}`, { count: findings.length }),
          children: (
            <Space orientation="vertical" style={{ width: '100%' }}>
              {findings.map((finding) => (
                <FindingCard key={finding.rule.id} listing={listing} finding={finding} />
              ))}
            </Space>
          ),
        }))}
      />
    </Space>
  );
}
