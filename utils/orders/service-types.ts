/**
 * What each service type's order form asks for, in one table: the form renders it, the
 * validator checks it, the client sends it. From api-reference.md ("Service types and their
 * `add` fields"). A type not listed is ordered like Default, with a visible note.
 */
import type { AddOrderFields } from '../panel-api/types';

export type FieldKind = 'int' | 'text' | 'lines' | 'select' | 'date';

export interface FieldSpec {
  name: keyof AddOrderFields;
  label: string;
  kind: FieldKind;
  required: boolean;
  help?: string;
  options?: [value: string, label: string][];
}

export interface TypeSpec {
  /** `link` is a URL for every type but Subscriptions, which target a username. */
  link: 'url' | 'none';
  fields: FieldSpec[];
  /** Where the quantity charged comes from. */
  quantity: 'field' | 'comments' | 'usernames' | 'subscription' | 'package';
  /** Drip-feed (runs + interval) possible when the service allows it. */
  dripfeed: boolean;
}

const QUANTITY: FieldSpec = { name: 'quantity', label: 'Quantity', kind: 'int', required: true };
const COMMENTS: FieldSpec = { name: 'comments', label: 'Comments', kind: 'lines', required: true, help: 'One comment per line. Quantity = number of lines.' };
const USERNAMES: FieldSpec = { name: 'usernames', label: 'Usernames', kind: 'lines', required: true, help: 'One username per line.' };
const USERNAME: FieldSpec = { name: 'username', label: 'Username', kind: 'text', required: true };

export const SERVICE_TYPES: Record<string, TypeSpec> = {
  Default: { link: 'url', fields: [QUANTITY], quantity: 'field', dripfeed: true },
  Package: { link: 'url', fields: [], quantity: 'package', dripfeed: false },
  SEO: { link: 'url', fields: [QUANTITY, { name: 'keywords', label: 'Keywords', kind: 'lines', required: true, help: 'One keyword per line.' }], quantity: 'field', dripfeed: false },
  'Custom Comments': { link: 'url', fields: [COMMENTS], quantity: 'comments', dripfeed: false },
  'Custom Comments Package': { link: 'url', fields: [COMMENTS], quantity: 'package', dripfeed: false },
  Mentions: { link: 'url', fields: [QUANTITY, USERNAMES], quantity: 'field', dripfeed: false },
  'Mentions with Hashtags': {
    link: 'url',
    fields: [QUANTITY, USERNAMES, { name: 'hashtags', label: 'Hashtags', kind: 'lines', required: true, help: 'One hashtag per line.' }],
    quantity: 'field',
    dripfeed: false,
  },
  'Mentions Custom List': { link: 'url', fields: [USERNAMES], quantity: 'usernames', dripfeed: false },
  'Mentions Hashtag': { link: 'url', fields: [QUANTITY, { name: 'hashtag', label: 'Hashtag', kind: 'text', required: true }], quantity: 'field', dripfeed: false },
  'Mentions User Followers': { link: 'url', fields: [QUANTITY, { ...USERNAME, help: 'Whose followers to mention.' }], quantity: 'field', dripfeed: false },
  'Mentions Media Likers': { link: 'url', fields: [QUANTITY, { name: 'media', label: 'Media URL', kind: 'text', required: true, help: 'Whose likers to mention.' }], quantity: 'field', dripfeed: false },
  'Comment Likes': { link: 'url', fields: [QUANTITY, { ...USERNAME, help: 'The owner of the comment.' }], quantity: 'field', dripfeed: false },
  Poll: { link: 'url', fields: [QUANTITY, { name: 'answer_number', label: 'Answer number', kind: 'int', required: true }], quantity: 'field', dripfeed: false },
  'Comment Replies': { link: 'url', fields: [USERNAME, COMMENTS], quantity: 'comments', dripfeed: false },
  'Invites from Groups': { link: 'url', fields: [QUANTITY, { name: 'groups', label: 'Groups', kind: 'lines', required: true, help: 'One group per line.' }], quantity: 'field', dripfeed: false },
  Subscriptions: {
    link: 'none',
    fields: [
      USERNAME,
      { name: 'min', label: 'Min per post', kind: 'int', required: true },
      { name: 'max', label: 'Max per post', kind: 'int', required: true },
      { name: 'posts', label: 'New posts (optional)', kind: 'int', required: false, help: 'How many future posts; empty = unlimited.' },
      { name: 'old_posts', label: 'Old posts (optional)', kind: 'int', required: false },
      {
        name: 'delay',
        label: 'Delay',
        kind: 'select',
        required: true,
        options: [['0', 'No delay'], ['5', '5 minutes'], ['10', '10 minutes'], ['15', '15 minutes'], ['30', '30 minutes'], ['60', '1 hour'], ['90', '1.5 hours'], ['120', '2 hours'], ['180', '3 hours'], ['360', '6 hours'], ['720', '12 hours'], ['1440', '24 hours']],
      },
      { name: 'expiry', label: 'Expiry (optional)', kind: 'date', required: false, help: 'Sent as d/m/Y.' },
    ],
    quantity: 'subscription',
    dripfeed: false,
  },
  'Web Traffic': {
    link: 'url',
    fields: [
      QUANTITY,
      { name: 'country', label: 'Country', kind: 'text', required: false, help: 'Country code or name, as the panel lists it.' },
      { name: 'device', label: 'Device', kind: 'select', required: false, options: [['', 'Any'], ['1', 'Desktop'], ['2', 'Android'], ['3', 'iOS'], ['4', 'Mixed mobile'], ['5', 'Mixed']] },
      { name: 'type_of_traffic', label: 'Type of traffic', kind: 'select', required: false, options: [['', 'Panel default'], ['1', 'Google keyword'], ['2', 'Custom referrer'], ['3', 'Blank referrer']] },
      { name: 'google_keyword', label: 'Google keyword', kind: 'text', required: false },
      { name: 'referring_url', label: 'Referring URL', kind: 'text', required: false },
    ],
    quantity: 'field',
    dripfeed: true,
  },
};

export interface ResolvedType {
  spec: TypeSpec;
  /** The panel's type string when PanelPilot does not know it. */
  unknownType: string | null;
}

/** Type strings are matched case- and space-insensitively; unknown → Default fields + a note. */
export function typeSpecFor(type: string): ResolvedType {
  const wanted = type.toLowerCase().replace(/\s+/g, ' ').trim();
  const key = Object.keys(SERVICE_TYPES).find((k) => k.toLowerCase() === wanted);
  return key ? { spec: SERVICE_TYPES[key]!, unknownType: null } : { spec: SERVICE_TYPES.Default!, unknownType: type };
}
