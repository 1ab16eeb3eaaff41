import { describe, expect, it } from 'vitest';
import { announcementNoticeParams, announcementProblem, announcementView, ANNOUNCEMENT_MESSAGE_KEY, type AnnouncementDraft } from './announcements.ts';

const draft: AnnouncementDraft = {
  titleZh: '出口退税新政',
  titleEn: 'New export tax refund rules',
  bodyZh: '自下月起，9710 申报需附订单。',
  bodyEn: 'From next month, 9710 declarations need the order attached.',
  target: { kind: 'all' },
};

describe('announcements', () => {
  it('needs both languages of title and body, and a target that names someone', () => {
    expect(announcementProblem(draft)).toBeNull();
    expect(announcementProblem({ ...draft, titleEn: ' ' })).toBe('title_missing');
    expect(announcementProblem({ ...draft, bodyZh: '' })).toBe('body_missing');
    expect(announcementProblem({ ...draft, bodyEn: 'x'.repeat(2001) })).toBe('text_too_long');
    expect(announcementProblem({ ...draft, target: { kind: 'merchants', tenantIds: [] } })).toBe('no_merchants_named');
    expect(announcementProblem({ ...draft, target: { kind: 'cluster', cluster: '' } })).toBe('no_cluster_named');
  });

  it('a device reads the notice in its user language, with the attachment when there is one', () => {
    const params = announcementNoticeParams('a1', { ...draft, attachment: { digest: 'ab'.repeat(32), name: '政策.png', contentType: 'image/png' } });
    const notice = { messageKey: ANNOUNCEMENT_MESSAGE_KEY, params };
    expect(announcementView(notice, 'zh-CN')).toEqual({ title: draft.titleZh, body: draft.bodyZh, attachment: { digest: 'ab'.repeat(32), name: '政策.png', contentType: 'image/png' } });
    expect(announcementView(notice, 'en')?.title).toBe(draft.titleEn);
    expect(announcementView({ messageKey: 'notice.welcome', params: {} }, 'en')).toBeNull();
  });
});
