import { describe, expect, it } from 'vitest';
import { awsConnectSources } from './aws-hosts';

describe('the connect-src of the built app', () => {
  const sources = awsConnectSources();

  it('names the service hosts the browser calls, region by region', () => {
    expect(sources).toContain('https://cognito-idp.us-east-1.amazonaws.com');
    expect(sources).toContain('https://cognito-identity.ap-northeast-1.amazonaws.com');
    expect(sources).toContain('https://*.appsync-api.eu-west-1.amazonaws.com');
    expect(sources).toContain('https://cloudtrail.cn-north-1.amazonaws.com.cn');
    expect(sources).toContain('https://sts.amazonaws.com');
  });

  it('never admits a whole domain that others can host under (API Gateway, S3, EC2)', () => {
    for (const source of sources) {
      expect(source).not.toMatch(/^https:\/\/\*\.amazonaws\.com(\.cn)?$/);
      // A wildcard only ever stands for an AppSync API id.
      if (source.includes('*'))
        expect(source).toMatch(/^https:\/\/\*\.appsync-api\.[a-z0-9-]+\.amazonaws\.com(\.cn)?$/);
    }
  });
});
