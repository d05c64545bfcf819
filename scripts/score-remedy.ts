/**
 * npm run score:remedy — how well the answers fit the remedy-labelled cases (test/fixtures/remedy):
 * the figures per measure, per language, and each failing case with what it missed.
 */
import { loadRemedyCases, report, scoreAll } from "../test/support/remedy-score.js";

const { results } = await scoreAll(loadRemedyCases());
console.log(report(results));
