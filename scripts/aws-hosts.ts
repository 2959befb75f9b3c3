/**
 * The AWS regions (AWS General Reference, "Regions and Zones", and the China and GovCloud pages, as of 2026) and the
 * service hosts the built app calls from a browser in each: the Content-Security-Policy's `connect-src` lists them
 * one by one, because CSP allows a wildcard only as the leftmost label and `https://*.amazonaws.com` would admit
 * anyone's API Gateway, S3 bucket or EC2 host. A region launched after this list: add its hosts at build time with
 * `AUTHTRACE_CSP_CONNECT` (README, "Content-Security-Policy").
 */
export const AWS_REGIONS = [
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
  'af-south-1',
  'ap-east-1',
  'ap-east-2',
  'ap-south-1',
  'ap-south-2',
  'ap-southeast-1',
  'ap-southeast-2',
  'ap-southeast-3',
  'ap-southeast-4',
  'ap-southeast-5',
  'ap-southeast-6',
  'ap-southeast-7',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-northeast-3',
  'ca-central-1',
  'ca-west-1',
  'eu-central-1',
  'eu-central-2',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'eu-south-1',
  'eu-south-2',
  'eu-north-1',
  'il-central-1',
  'me-south-1',
  'me-central-1',
  'mx-central-1',
  'sa-east-1',
  'us-gov-east-1',
  'us-gov-west-1',
  'cn-north-1',
  'cn-northwest-1',
] as const;

/**
 * What the browser calls in a region: the user pool and identity pool (Amplify), STS, CloudTrail and CloudWatch Logs
 * (the read-only lookups), and AppSync GraphQL endpoints (`<api id>.appsync-api.<region>`). IAM and AppSync's
 * control plane answer no CORS and are reached through the same-origin relay (`'self'`).
 */
const REGIONAL = ['cognito-idp', 'cognito-identity', 'sts', 'cloudtrail', 'logs', '*.appsync-api'];

export function awsConnectSources(): string[] {
  const sources = ['https://sts.amazonaws.com', 'https://iam.amazonaws.com'];
  for (const region of AWS_REGIONS) {
    const domain = region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com';
    for (const service of REGIONAL) sources.push(`https://${service}.${region}.${domain}`);
  }
  return sources;
}
