/**
 * Requirements, change requests and releases. Each state carries exactly the fields the
 * workflow configuration requires there (and a few natural optional ones); dates come in the
 * order the date rules expect; links point only at documents generated earlier.
 */
import { dayToDate, formatId, type Random } from './random.ts';
import { DEPARTMENTS, markdownBody, personName, sentence, title } from './text.ts';
import type { Data, GeneratedDocument, World } from './world.ts';

const REQUIREMENT_STATES = {
  draft: 5,
  submitted: 7,
  evaluating: 7,
  approved: 8,
  rejected: 4,
  'in-development': 15,
  'in-test': 10,
  released: 10,
  verified: 8,
  closed: 18,
  'on-hold': 4,
  cancelled: 4,
} as const;
const CLOSED = new Set(['closed', 'rejected', 'cancelled']);
const TESTED = new Set(['in-test', 'released', 'verified', 'closed']);
const CHANGE_STATES = {
  proposed: 8,
  'impact-assessed': 8,
  'awaiting-approval': 8,
  approved: 14,
  rejected: 6,
  implemented: 16,
  verified: 10,
  closed: 24,
  withdrawn: 6,
} as const;
const RELEASE_STATES = { planned: 2, frozen: 1, released: 6, cancelled: 1 } as const;
const SOURCE_TYPES = [
  'return-visit',
  'survey',
  'complaint',
  'market',
  'internal-data',
  'meeting',
  'other',
] as const;

/** Up to 3 KB of body, at least 1 KB. */
function body(random: Random, mentions: readonly string[]): string {
  return markdownBody(random, random.int(1000, 3000), mentions);
}

function criteria(random: Random): Data[] {
  return Array.from({ length: random.int(1, 3) }, (_, index) => ({
    id: `AC-${index + 1}`,
    text: sentence(random),
    method: random.pick(['demo', 'test', 'inspection', 'analysis']),
  }));
}

function evaluation(world: World, submitted: number): Data {
  const { random } = world;
  const meeting = submitted + random.int(2, 20);
  const start = meeting + random.int(5, 30);
  const aspects = random.sample(
    ['architecture', 'business', 'technical', 'risk'],
    random.int(1, 2),
  );
  return {
    meeting_on: dayToDate(meeting),
    opinions: aspects.map((aspect) => ({
      evaluator: random.pick(world.staff.evaluators),
      aspect,
      verdict: random.weighted({ agree: 6, 'agree-with-changes': 3, disagree: 1 }),
      opinion: sentence(random),
    })),
    effort_days: random.int(1, 120),
    schedule: { start: dayToDate(start), release: dayToDate(start + random.int(10, 120)) },
  };
}

function verification(random: Random, day: number, by: string): Data {
  return { verified_on: dayToDate(day), verified_by: by, result: sentence(random) };
}

function source(world: World, customer: string | undefined): Data {
  const visits = customer === undefined ? [] : (world.visitsByCustomer.get(customer) ?? []);
  if (visits.length > 0 && world.random.chance(0.4))
    return { type: 'visit', record: world.random.pick(visits) };
  const type = world.random.pick(SOURCE_TYPES);
  return world.random.chance(0.3) ? { type, note: sentence(world.random) } : { type };
}

function requirementLinks(world: World): { parent?: string; depends_on?: string[] } {
  const { random } = world;
  const parent =
    world.openRequirements.length > 0 && random.chance(0.12)
      ? random.pick(world.openRequirements)
      : undefined;
  const dependsOn =
    world.requirements.length > 0 && random.chance(0.15)
      ? random.sample(
          [...new Set(Array.from({ length: 2 }, () => random.pick(world.requirements)))],
          random.int(1, 2),
        )
      : undefined;
  return {
    ...(parent === undefined ? {} : { parent }),
    ...(dependsOn === undefined ? {} : { depends_on: dependsOn }),
  };
}

const TAGS = ['库存', '报表', '冷链', '结算', '移动端', 'API', '权限', '导出'];

export function buildRequirement(world: World, number: number): GeneratedDocument {
  const { random } = world;
  const id = formatId('REQ-', number, 4);
  const status = random.weighted(REQUIREMENT_STATES);
  const need = world.required('requirement', status);
  const submitted = random.int(0, 2400);
  const stage = submitted + random.int(0, 150);
  const customer = random.chance(0.8) ? random.pick(world.customers) : undefined;
  const requestedBy = personName(random);
  const links = requirementLinks(world);
  const data: Data = {
    id,
    title: title(random),
    status,
    stage_since: dayToDate(stage),
    submitted_on: status === 'draft' ? undefined : dayToDate(submitted),
    customer,
    department: customer === undefined || random.chance(0.1) ? random.pick(DEPARTMENTS) : undefined,
    requested_by: requestedBy,
    contact: random.chance(0.6) ? personName(random) : undefined,
    owner: need.has('owner') || random.chance(0.2) ? random.pick(world.staff.owners) : undefined,
    source: source(world, customer),
    importance: random.pick(['very-important', 'important', 'normal']),
    urgency: random.pick(['very-urgent', 'urgent', 'normal']),
    confidentiality: random.weighted({ public: 1, internal: 6, confidential: 2, secret: 1 }),
    wanted_by: random.chance(0.7) ? dayToDate(submitted + random.int(30, 400)) : undefined,
    ...links,
    acceptance_criteria: need.has('acceptance_criteria') ? criteria(random) : undefined,
    evaluation: need.has('evaluation') ? evaluation(world, submitted) : undefined,
    rejection_reason: need.has('rejection_reason') ? sentence(random) : undefined,
    hold_reason: need.has('hold_reason') ? sentence(random) : undefined,
    cancel_reason: need.has('cancel_reason') ? sentence(random) : undefined,
    verification: need.has('verification') ? verification(random, stage, requestedBy) : undefined,
    tags: random.chance(0.7) ? random.sample(TAGS, random.int(1, 3)) : undefined,
  };
  world.requirements.push(id);
  if (!CLOSED.has(status)) world.openRequirements.push(id);
  if (TESTED.has(status)) world.testedRequirements.push(id);
  const mentions = [
    ...(links.parent === undefined ? [] : [links.parent]),
    ...(links.depends_on ?? []),
    ...random.sample(world.requirements, 2),
  ];
  return {
    kind: 'requirement',
    path: `content/requirements/${id}.md`,
    data,
    body: body(random, mentions),
  };
}

function impact(random: Random): Data {
  return {
    level: random.weighted({ low: 5, medium: 4, high: 1 }),
    scope: sentence(random),
    schedule_days: random.int(-5, 30),
    cost: random.chance(0.5) ? random.int(0, 80) / 2 : undefined,
    risk: sentence(random),
  };
}

export function buildChange(world: World, number: number): GeneratedDocument {
  const { random } = world;
  const id = formatId('CR-', number, 4);
  const status = random.weighted(CHANGE_STATES);
  const need = world.required('change', status);
  const requested = random.int(0, 2400);
  const stage = requested + random.int(0, 60);
  const requirements = random.sample(world.requirements, random.int(1, 3));
  const data: Data = {
    id,
    title: `${title(random)}变更`,
    status,
    stage_since: dayToDate(stage),
    requirements,
    requested_by: personName(random),
    requested_on: dayToDate(requested),
    reason: sentence(random),
    change: { before: sentence(random), after: sentence(random) },
    impact: need.has('impact') ? impact(random) : undefined,
    rejection_reason: need.has('rejection_reason') ? sentence(random) : undefined,
    withdraw_reason: need.has('withdraw_reason') ? sentence(random) : undefined,
    verification: need.has('verification')
      ? verification(random, stage, personName(random))
      : undefined,
    tags: random.chance(0.4)
      ? random.sample(['范围变更', '工期', '客户要求', '接口'], random.int(1, 2))
      : undefined,
  };
  return {
    kind: 'change',
    path: `content/changes/${id}.md`,
    data,
    body: body(random, requirements),
  };
}

export function buildRelease(world: World, number: number): GeneratedDocument {
  const { random } = world;
  const id = formatId('REL-', number, 3);
  const status = random.weighted(RELEASE_STATES);
  const need = world.required('release', status);
  const planned = random.int(0, 2400);
  const stage = planned + random.int(0, 20);
  const version = `V${1 + Math.floor(number / 10)}.${number % 10}`;
  const requirements = random.sample(world.testedRequirements, random.int(10, 50));
  const data: Data = {
    id,
    title: `${version} 版本`,
    status,
    stage_since: dayToDate(stage),
    version,
    planned_on: dayToDate(planned),
    released_on: need.has('released_on') ? dayToDate(stage - random.int(0, 5)) : undefined,
    baseline: need.has('baseline') ? `baseline/${id}` : undefined,
    requirements,
  };
  return {
    kind: 'release',
    path: `content/releases/${id}.md`,
    data,
    body: body(random, requirements.slice(0, 5)),
  };
}
