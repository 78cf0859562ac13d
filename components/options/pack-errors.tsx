import type { PackProblem } from '../../lib/packs/pack-validate';

/** Why a pack was refused, one row per problem: file, field path, reason. Nothing of it was stored. */
export function PackErrors(props: { title: string; errors: readonly PackProblem[]; testId?: string }) {
  return (
    <div className="pack-errors" role="alert" data-testid={props.testId ?? 'pack-errors'}>
      <h3>{props.title}</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">File</th>
            <th scope="col">Field</th>
            <th scope="col">Reason</th>
          </tr>
        </thead>
        <tbody>
          {props.errors.slice(0, 200).map((e, i) => (
            <tr key={i} data-testid="pack-error">
              <td>{e.file}</td>
              <td>
                <code>{e.path}</code>
              </td>
              <td>{e.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {props.errors.length > 200 && <p>… and {props.errors.length - 200} more.</p>}
    </div>
  );
}
