import {spawn} from 'node:child_process'
import {once} from 'node:events'

/**
 * Run node with these arguments and give back what it printed. Standard
 * error is kept (its last 4,000 characters) only to say why a run failed:
 * the peers complain there about the pages' CSS and JSON-LD.
 */
export async function runNode(args: string[], name: string, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const child = spawn(process.execPath, args, {stdio: ['ignore', 'pipe', 'pipe'], env})
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk))
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk).slice(-4000)))
  const [code] = (await once(child, 'exit')) as [number]
  if (code !== 0) throw new Error(`${name} exited ${code}: ${stderr}`)
  return stdout
}
