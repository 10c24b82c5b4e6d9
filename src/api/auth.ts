import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { createPublicKey, createSecretKey, KeyObject } from 'node:crypto';
import { jwtVerify } from 'jose';
import { AuthChecker } from 'type-graphql';

import { JwtConfig } from '../config';
import { KeyRepository } from '../graph/key.repository';
import { API_KEY_PATTERN, hashApiKey, isRole, Principal, Role, roleAllows } from '../model/roles';
import { ApiContext } from './context';

export const unauthenticated = (message = 'This needs an API key or token: send "Authorization: Bearer <token>".') =>
  new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });

export const forbidden = (needed: Role, held: Role) =>
  new GraphQLError(`This needs the ${needed} role; your key or token has ${held}.`, { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });

/** Throws UNAUTHENTICATED or FORBIDDEN unless the request's principal holds `needed`. */
export function requireRole(principal: Principal | null, needed: Role): Principal {
  if (!principal) throw unauthenticated();
  if (!roleAllows(principal.role, needed)) throw forbidden(needed, principal.role);
  return principal;
}

/** type-graphql's one auth checker: `@Authorized('curator')` passes when the principal holds that role or a higher one. */
export const authChecker: AuthChecker<ApiContext, Role> = ({ context }, roles) => {
  requireRole(context.principal, roles[0] ?? 'reader');
  return true;
};

/**
 * Who sent a request, from its Authorization header: an API key (looked up by its SHA-256) or,
 * when configured, a JWT (signature, issuer, audience and expiry checked). No header is anonymous;
 * a header that does not verify is refused, never read as anonymous.
 */
export class Authenticator {
  private readonly jwtKey: KeyObject | undefined;

  constructor(
    private readonly keys: KeyRepository,
    private readonly jwt: JwtConfig | undefined,
  ) {
    this.jwtKey = jwt?.secret ? createSecretKey(Buffer.from(jwt.secret, 'utf8')) : jwt?.publicKey ? createPublicKey(jwt.publicKey) : undefined;
  }

  async principal(authorization: string | undefined): Promise<Principal | null> {
    if (!authorization) return null;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>".');
    const token = match[1];
    if (API_KEY_PATTERN.test(token)) {
      const found = await this.keys.findByHash(hashApiKey(token));
      if (!found) throw unauthenticated('The API key is unknown or revoked.');
      return found;
    }
    if (this.jwt && this.jwtKey && token.split('.').length === 3) return this.verifyJwt(token, this.jwt, this.jwtKey);
    throw unauthenticated('The bearer token is neither an API key nor an accepted JWT.');
  }

  private async verifyJwt(token: string, jwt: JwtConfig, key: KeyObject): Promise<Principal> {
    try {
      const { payload } = await jwtVerify(token, key, {
        issuer: jwt.issuer,
        audience: jwt.audience,
        algorithms: [jwt.secret ? 'HS256' : 'RS256'],
        requiredClaims: ['exp', 'sub'],
      });
      const role = payload[jwt.roleClaim];
      if (!isRole(role)) throw unauthenticated(`The token's "${jwt.roleClaim}" claim must be reader, curator or admin.`);
      return { id: `jwt:${payload.sub}`, role };
    } catch (error) {
      if (error instanceof GraphQLError) throw error;
      throw unauthenticated(`The token was refused: ${(error as { code?: string }).code ?? 'invalid'}.`);
    }
  }
}

/** With API_READ_ACCESS=key, every operation (reads too) needs at least a reader. */
export function readAccessPlugin(readAccess: 'open' | 'key'): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue }) {
          if (readAccess === 'key') requireRole(contextValue.principal, 'reader');
        },
      };
    },
  };
}
