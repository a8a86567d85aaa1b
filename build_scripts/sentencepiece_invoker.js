// Replaces embind's craftInvokerFunction in the vendored sentencepiece wasm port (see
// vendor_sentencepiece in build_web.py): the same wrapper as a closure, with no `new Function`.
function craftInvokerFunction(humanName,argTypes,classType,cppInvokerFunc,cppTargetFunc,isAsync){
  var argCount = argTypes.length;
  if (argCount < 2) throwBindingError("argTypes array size mismatch! Must at least get return value and 'this' types!");
  var isClassMethodFunc = argTypes[1] !== null && classType !== null;
  var needsDestructorStack = false;
  for (var i = 1; i < argTypes.length; ++i) {
    if (argTypes[i] !== null && argTypes[i].destructorFunction === undefined) { needsDestructorStack = true; break; }
  }
  var returns = argTypes[0].name !== "void";
  var expected = argCount - 2;
  var shift = isClassMethodFunc ? 1 : 0;
  return function () {
    if (arguments.length !== expected) {
      throwBindingError(`function ${humanName} called with ${arguments.length} arguments, expected ${expected} args!`);
    }
    var destructors = needsDestructorStack ? [] : null;
    var wired = [];
    if (isClassMethodFunc) wired.push(argTypes[1].toWireType(destructors, this));
    for (var j = 0; j < expected; ++j) wired.push(argTypes[j + 2].toWireType(destructors, arguments[j]));
    var rv = cppInvokerFunc(cppTargetFunc, ...wired);
    if (needsDestructorStack) {
      runDestructors(destructors);
    } else {
      for (var k = isClassMethodFunc ? 1 : 2; k < argTypes.length; ++k) {
        var value = k === 1 ? wired[0] : wired[k - 2 + shift];
        if (argTypes[k].destructorFunction !== null) argTypes[k].destructorFunction(value);
      }
    }
    if (returns) return argTypes[0].fromWireType(rv);
  };
}
