/**
 * What each service type's order form asks for, in one table: the form renders it, the
 * validator checks it, the client sends it. From api-reference.md ("Service types and their
 * `add` fields"). A type not listed is ordered like Default, with a visible note.
 */
import type { AddOrderFields } from '../panel-api/types';
import type { MessageKey } from '../i18n/keys';
import { activeTag, t } from '../i18n/messages';

export type FieldKind = 'int' | 'text' | 'lines' | 'select' | 'date';

/** An option's text: a message, a name kept as written (a platform), or a delay in minutes. */
export type OptionLabel = MessageKey | { name: string } | { minutes: number };

/** Labels and help are message keys: the form and its checks translate them where shown. */
export interface FieldSpec {
  name: keyof AddOrderFields;
  label: MessageKey;
  kind: FieldKind;
  required: boolean;
  /** Shown as "Label (optional)". */
  optional?: true;
  help?: MessageKey;
  options?: [value: string, label: OptionLabel][];
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

const QUANTITY: FieldSpec = { name: 'quantity', label: 'quickOrder_fieldQuantity', kind: 'int', required: true };
const COMMENTS: FieldSpec = { name: 'comments', label: 'quickOrder_fieldComments', kind: 'lines', required: true, help: 'quickOrder_helpComments' };
const USERNAMES: FieldSpec = { name: 'usernames', label: 'quickOrder_fieldUsernames', kind: 'lines', required: true, help: 'quickOrder_helpUsernames' };
const USERNAME: FieldSpec = { name: 'username', label: 'quickOrder_fieldUsername', kind: 'text', required: true };

// i18n-exempt: platform names, kept as written in every language (glossary)
const PLATFORM_DEVICES: [string, OptionLabel][] = [['2', { name: 'Android' }], ['3', { name: 'iOS' }]];

export const SERVICE_TYPES: Record<string, TypeSpec> = {
  Default: { link: 'url', fields: [QUANTITY], quantity: 'field', dripfeed: true },
  Package: { link: 'url', fields: [], quantity: 'package', dripfeed: false },
  SEO: { link: 'url', fields: [QUANTITY, { name: 'keywords', label: 'quickOrder_fieldKeywords', kind: 'lines', required: true, help: 'quickOrder_helpKeywords' }], quantity: 'field', dripfeed: false },
  'Custom Comments': { link: 'url', fields: [COMMENTS], quantity: 'comments', dripfeed: false },
  'Custom Comments Package': { link: 'url', fields: [COMMENTS], quantity: 'package', dripfeed: false },
  Mentions: { link: 'url', fields: [QUANTITY, USERNAMES], quantity: 'field', dripfeed: false },
  'Mentions with Hashtags': {
    link: 'url',
    fields: [QUANTITY, USERNAMES, { name: 'hashtags', label: 'quickOrder_fieldHashtags', kind: 'lines', required: true, help: 'quickOrder_helpHashtags' }],
    quantity: 'field',
    dripfeed: false,
  },
  'Mentions Custom List': { link: 'url', fields: [USERNAMES], quantity: 'usernames', dripfeed: false },
  'Mentions Hashtag': { link: 'url', fields: [QUANTITY, { name: 'hashtag', label: 'quickOrder_fieldHashtag', kind: 'text', required: true }], quantity: 'field', dripfeed: false },
  'Mentions User Followers': { link: 'url', fields: [QUANTITY, { ...USERNAME, help: 'quickOrder_helpFollowers' }], quantity: 'field', dripfeed: false },
  'Mentions Media Likers': { link: 'url', fields: [QUANTITY, { name: 'media', label: 'quickOrder_fieldMediaUrl', kind: 'text', required: true, help: 'quickOrder_helpLikers' }], quantity: 'field', dripfeed: false },
  'Comment Likes': { link: 'url', fields: [QUANTITY, { ...USERNAME, help: 'quickOrder_helpCommentOwner' }], quantity: 'field', dripfeed: false },
  Poll: { link: 'url', fields: [QUANTITY, { name: 'answer_number', label: 'quickOrder_fieldAnswerNumber', kind: 'int', required: true }], quantity: 'field', dripfeed: false },
  'Comment Replies': { link: 'url', fields: [USERNAME, COMMENTS], quantity: 'comments', dripfeed: false },
  'Invites from Groups': { link: 'url', fields: [QUANTITY, { name: 'groups', label: 'quickOrder_fieldGroups', kind: 'lines', required: true, help: 'quickOrder_helpGroups' }], quantity: 'field', dripfeed: false },
  Subscriptions: {
    link: 'none',
    fields: [
      USERNAME,
      { name: 'min', label: 'quickOrder_fieldMinPerPost', kind: 'int', required: true },
      { name: 'max', label: 'quickOrder_fieldMaxPerPost', kind: 'int', required: true },
      { name: 'posts', label: 'quickOrder_fieldNewPosts', kind: 'int', required: false, optional: true, help: 'quickOrder_helpNewPosts' },
      { name: 'old_posts', label: 'quickOrder_fieldOldPosts', kind: 'int', required: false, optional: true },
      {
        name: 'delay',
        label: 'quickOrder_fieldDelay',
        kind: 'select',
        required: true,
        options: [['0', 'quickOrder_noDelay'], ...[5, 10, 15, 30, 60, 90, 120, 180, 360, 720, 1440].map((m): [string, OptionLabel] => [String(m), { minutes: m }])],
      },
      { name: 'expiry', label: 'quickOrder_fieldExpiry', kind: 'date', required: false, optional: true, help: 'quickOrder_helpExpiry' },
    ],
    quantity: 'subscription',
    dripfeed: false,
  },
  'Web Traffic': {
    link: 'url',
    fields: [
      QUANTITY,
      { name: 'country', label: 'quickOrder_fieldCountry', kind: 'text', required: false, help: 'quickOrder_helpCountry' },
      { name: 'device', label: 'quickOrder_fieldDevice', kind: 'select', required: false, options: [['', 'quickOrder_deviceAny'], ['1', 'quickOrder_deviceDesktop'], ...PLATFORM_DEVICES, ['4', 'quickOrder_deviceMixedMobile'], ['5', 'quickOrder_deviceMixed']] },
      { name: 'type_of_traffic', label: 'quickOrder_fieldTrafficType', kind: 'select', required: false, options: [['', 'quickOrder_trafficPanelDefault'], ['1', 'quickOrder_fieldGoogleKeyword'], ['2', 'quickOrder_trafficCustomReferrer'], ['3', 'quickOrder_trafficBlankReferrer']] },
      { name: 'google_keyword', label: 'quickOrder_fieldGoogleKeyword', kind: 'text', required: false },
      { name: 'referring_url', label: 'quickOrder_fieldReferringUrl', kind: 'text', required: false },
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

/** A field's name for people, without "(optional)" (as the checks' messages use it). */
export const fieldName = (field: Pick<FieldSpec, 'label'>): string => t(field.label);

/** A field's label as the form shows it. */
export const fieldLabel = (field: Pick<FieldSpec, 'label' | 'optional'>): string => (field.optional ? t('quickOrder_optionalField', t(field.label)) : t(field.label));

/** "5 minutes", "1.5 hours": a delay in the reader's language (Intl's unit names). */
function delayText(minutes: number): string {
  const hours = minutes >= 60;
  return new Intl.NumberFormat(activeTag(), { style: 'unit', unit: hours ? 'hour' : 'minute', unitDisplay: 'long', maximumFractionDigits: 1 }).format(hours ? minutes / 60 : minutes);
}

export function optionText(label: OptionLabel): string {
  if (typeof label === 'string') return t(label);
  return 'name' in label ? label.name : delayText(label.minutes);
}
