/** Cross-checks inside the configuration (each file already passed its own schema). */
import type { Config } from '../config.ts';
import { CONFIG_FILES, type WorkflowKind } from '../layout.ts';
import { createDataIssue } from '../problem.ts';
import type { DocumentIssue } from '../repository.ts';
import type { JsonSchema } from '../schema-set.ts';

/** The status enum of each workflow kind's schema, to compare with the configured states. */
export type StatusEnums = Readonly<Record<WorkflowKind, readonly string[]>>;

export function checkConfig(
  config: Config,
  statusEnums: StatusEnums,
  schemaOf: (kind: WorkflowKind) => JsonSchema,
): DocumentIssue[] {
  return [
    ...checkTimeZone(config),
    ...checkWorkflows(config, statusEnums, schemaOf),
    ...checkPriority(config),
    ...checkPeople(config),
  ];
}

function checkWorkflows(
  config: Config,
  statusEnums: StatusEnums,
  schemaOf: (kind: WorkflowKind) => JsonSchema,
): DocumentIssue[] {
  const path = CONFIG_FILES.workflows.path;
  const issues: DocumentIssue[] = [];
  const add = (rule: string, pointer: (string | number)[], params: Record<string, string>) =>
    issues.push({ ...createDataIssue(rule, pointer, params), path });
  for (const [kind, workflow] of Object.entries(config.workflows) as [
    WorkflowKind,
    Config['workflows'][WorkflowKind],
  ][]) {
    const states = Object.keys(workflow.states);
    const known = new Set(states);
    const enumCodes = statusEnums[kind];
    for (const state of states.filter((code) => !enumCodes.includes(code)))
      add('config/state-not-in-schema', [kind, 'states', state], { kind, state });
    for (const code of enumCodes.filter((state) => !known.has(state)))
      add('config/state-missing', [kind, 'states'], { kind, state: code });
    if (!known.has(workflow.initial))
      add('config/unknown-state', [kind, 'initial'], { kind, state: workflow.initial });
    (workflow.entry ?? []).forEach((state, index) => {
      if (!known.has(state)) add('config/unknown-state', [kind, 'entry', index], { kind, state });
    });
    for (const [from, targets] of Object.entries(workflow.transitions)) {
      if (!known.has(from))
        add('config/unknown-state', [kind, 'transitions', from], { kind, state: from });
      targets.forEach((to, index) => {
        if (!known.has(to))
          add('config/unknown-state', [kind, 'transitions', from, index], { kind, state: to });
      });
    }
    const fields = Object.keys(schemaOf(kind)['properties'] ?? {});
    for (const [state, { required = [] }] of Object.entries(workflow.states)) {
      required.forEach((field, index) => {
        const top = field.split('.')[0] ?? field;
        if (!fields.includes(top))
          add('config/unknown-field', [kind, 'states', state, 'required', index], { kind, field });
      });
    }
  }
  return issues;
}

/** `list` and `show` count days in this zone; a typo would only surface there, so check it here. */
function checkTimeZone(config: Config): DocumentIssue[] {
  try {
    new Intl.DateTimeFormat('en', { timeZone: config.settings.time_zone });
    return [];
  } catch {
    return [
      {
        ...createDataIssue('config/time-zone', ['time_zone'], { value: config.settings.time_zone }),
        path: CONFIG_FILES.settings.path,
      },
    ];
  }
}

function checkPriority(config: Config): DocumentIssue[] {
  const codes = new Set(config.priority.levels.map((level) => level.code));
  const issues: DocumentIssue[] = [];
  for (const [importance, row] of Object.entries(config.priority.matrix)) {
    for (const [urgency, code] of Object.entries(row)) {
      if (!codes.has(code))
        issues.push({
          ...createDataIssue('config/unknown-priority', ['matrix', importance, urgency], {
            value: code,
          }),
          path: CONFIG_FILES.priority.path,
        });
    }
  }
  return issues;
}

function checkPeople(config: Config): DocumentIssue[] {
  const path = CONFIG_FILES.people.path;
  const issues: DocumentIssue[] = [];
  const seen = new Map<string, number>();
  config.people.forEach((person, index) => {
    for (const [key, value] of [
      ['id', person.id],
      ['github', person.github?.toLowerCase()],
    ] as const) {
      if (value === undefined) continue;
      const first = seen.get(`${key}:${value}`);
      if (first !== undefined)
        issues.push({
          ...createDataIssue('config/duplicate-person', ['people', index, key], {
            key,
            value,
            other: first + 1,
          }),
          path,
        });
      else seen.set(`${key}:${value}`, index);
    }
    if (person.roles.includes('customer-representative') && !person.customer) {
      issues.push({
        ...createDataIssue('config/representative-needs-customer', ['people', index, 'roles'], {
          id: person.id,
        }),
        path,
      });
    }
  });
  return issues;
}
