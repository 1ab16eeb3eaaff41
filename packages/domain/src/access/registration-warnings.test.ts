import { describe, expect, it } from 'vitest';
import { registrationWarnings } from './registration-warnings.ts';

const merchants = [{ name: '阳江利锋刀剪有限公司' }, { name: 'Shaoxing Keqiao Jinxiu Textiles Co., Ltd.' }];
const applicant = (fields: Partial<{ name: string; username: string; contactName: string }>) => ({ name: '温州明眸眼镜有限公司', username: 'mingmou-eyewear', contactName: '陈明', ...fields });

describe('registrationWarnings', () => {
  it('finds an exact copy of a merchant’s name, whatever the legal form and punctuation', () => {
    expect(registrationWarnings(applicant({ name: '阳江利锋刀剪有限公司' }), merchants)).toEqual([{ kind: 'same_name', merchant: '阳江利锋刀剪有限公司' }]);
    expect(registrationWarnings(applicant({ name: '阳江利锋刀剪公司' }), merchants)).toEqual([{ kind: 'same_name', merchant: '阳江利锋刀剪有限公司' }]);
    expect(registrationWarnings(applicant({ name: 'shaoxing keqiao jinxiu textiles ltd' }), merchants)).toEqual([{ kind: 'same_name', merchant: merchants[1]!.name }]);
  });

  it('finds a name that contains another merchant’s', () => {
    expect(registrationWarnings(applicant({ name: '广东阳江利锋刀剪有限公司' }), merchants)).toEqual([{ kind: 'similar_name', merchant: '阳江利锋刀剪有限公司' }]);
  });

  it('flags accounts posing as park staff', () => {
    expect(registrationWarnings(applicant({ username: 'park-admin2', contactName: '园区管理员' }), merchants)).toEqual([
      { kind: 'park_role', field: 'username' },
      { kind: 'park_role', field: 'contactName' },
    ]);
  });

  it('says nothing about an ordinary new merchant', () => {
    expect(registrationWarnings(applicant({}), merchants)).toEqual([]);
  });
});
