import { describe, expect, it } from 'vitest';
import { matchReason } from '../../server/import/vocabulary-matching.ts';

// An exchange app's reason often names the size the customer wants, not the one that failed:
// "Cambio de talle por uno más grande" came back too small. Read as "talle … grande" it was filed
// as too large, and the size guide would have been fixed the wrong way (found by a hunt).

describe('a size asked for in exchange names the other way the first one was wrong', () => {
  it.each([
    // a bigger one wanted: the one bought was too small
    ['Cambio de talle por uno más grande', 'size_too_small'],
    ['Pide talle más grande', 'size_too_small'],
    ['Cambio a un talle más grande', 'size_too_small'],
    ['Cambio de talle (más grande)', 'size_too_small'],
    ['Cambio de número por uno más grande', 'size_too_small'],
    ['Necesita talle mayor', 'size_too_small'],
    ['Pidió un número más grande', 'size_too_small'],
    ['Solicita cambio por talla más grande', 'size_too_small'],
    ['Cambiar a talla más grande', 'size_too_small'],
    ['Troca para tamanho maior', 'size_too_small'],
    ['Quero um tamanho maior', 'size_too_small'],
    ['Pediu troca por número maior', 'size_too_small'],
    ['Requested a bigger size', 'size_too_small'],
    ['Asked for a larger size', 'size_too_small'],
    ['Swap to a larger size', 'size_too_small'],
    ['Would like a bigger size', 'size_too_small'],
    // a smaller one wanted: the one bought was too large
    ['Cambio de talle por uno más chico', 'size_too_large'],
    ['Pide talle más chico', 'size_too_large'],
    ['Cambio a un talle más pequeño', 'size_too_large'],
    ['Cambio de talle (más chico)', 'size_too_large'],
    ['Necesita talle menor', 'size_too_large'],
    ['Troca para tamanho menor', 'size_too_large'],
    ['Quero um número menor', 'size_too_large'],
    ['Requested a smaller size', 'size_too_large'],
    ['Exchange to a smaller size', 'size_too_large'],
  ])('%s → %s', (text, code) => expect(matchReason(text)).toBe(code));
});

describe('phrasings read right before stay as they were', () => {
  it.each([
    ['Cambio por un talle más grande', 'size_too_small'],
    ['Quiere un talle más grande', 'size_too_small'],
    ['Exchange for a larger size', 'size_too_small'],
    ['Troca por tamanho maior', 'size_too_small'],
    ['Cambio por talle más chico', 'size_too_large'],
    ['Exchange for smaller size', 'size_too_large'],
    // how it fits, not what is wanted
    ['Me queda grande', 'size_too_large'],
    ['Talle muy chico', 'size_too_small'],
    ['Talle muy grande', 'size_too_large'],
    ['Cambio de talle, me queda grande', 'size_too_large'],
    ['Cambio de talle, me queda chico', 'size_too_small'],
    ['Cambio de talle: el que compré es más grande de lo esperado', 'size_too_large'],
    ['Pedí un talle más y me queda enorme, muy grande', 'size_too_large'],
    ['Quiero devolverlo, me queda más grande de lo que esperaba', 'size_too_large'],
    ['Ficou grande', 'size_too_large'],
    ['Too small', 'size_too_small'],
    // a damage or a defect is the reason, whatever size is asked for beside it
    ['Pide uno más grande porque llegó roto', 'damaged_in_transit'],
    ['Cambio a uno más chico, vino fallado', 'defective'],
    // a size asked for with no direction says only that it did not fit
    ['Wrong size', 'not_as_described'],
  ])('%s → %s', (text, code) => expect(matchReason(text)).toBe(code));
});
