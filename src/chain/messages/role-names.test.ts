import { describe, expect, it } from 'vitest';
import { msg, render } from './catalog';
import { en } from './en';
import { roleName, withRoleNames } from './role-names';

describe('role names in headlines', () => {
  it('shortens role ARNs, with or without a path, and leaves other texts alone', () => {
    expect(roleName('arn:aws:iam::111122223333:role/authtrace-demo-authenticated')).toBe(
      'authtrace-demo-authenticated',
    );
    expect(roleName('arn:aws:iam::111122223333:role/service/app/viewers')).toBe('viewers');
    expect(roleName('arn:aws:appsync:us-east-1:111122223333:apis/x/types/Query/fields/a')).toMatch(/^arn:aws:appsync/);
    expect(roleName('')).toBe('');
  });

  it('renders a headline with the role’s name only', () => {
    const headline = msg('role-policy-resource-mismatch.headline', {
      role: 'arn:aws:iam::111122223333:role/authtrace-demo-authenticated',
    });
    const text = render(withRoleNames(headline), en);
    expect(text).toContain('authtrace-demo-authenticated allows appsync:GraphQL');
    expect(text).not.toContain('arn:aws:iam');
  });
});
