import { json } from '@sveltejs/kit';
import { samTimCase } from '$lib/classroom/sam-tim';
import { getCases } from '$lib/server/cases';
import type { RequestHandler } from './$types';

export const prerender = true;

/** The Homebody facts the SAM/TIM role-play screens need, for audience windows. */
export const GET: RequestHandler = () => json(samTimCase(getCases().get('homebody')!));
