/**
 * The search quality set: how people actually ask (lay words, clinical words, typos, the seed
 * page's questions), each with the pages that would answer it. A query passes "top 3" when one
 * of its pages is among the first three results. Written from how people talk, not from what the
 * ranking happened to return.
 */
export interface QualityQuery {
  q: string;
  pages: string[];
  /** A question from the seed page: its page must come first. */
  seed?: true;
}

export const QUALITY: QualityQuery[] = [
  // The seed page's questions (../shared/seed/).
  { q: "How is S1 radiculopathy treated?", pages: ["s1"], seed: true },
  { q: "What is S 1 radiculopathy?", pages: ["s1"], seed: true },
  { q: "What is the best treatment for radiculopathy?", pages: ["treatment"], seed: true },
  { q: "What is the most common cause of radiculopathy?", pages: ["causes"], seed: true },
  { q: "What are symptoms of S1 nerve root damage?", pages: ["s1"], seed: true },
  { q: "What is a S1 in the spine?", pages: ["s1"], seed: true },
  { q: "What is a S1 nerve?", pages: ["s1"], seed: true },
  // Lay words.
  { q: "numbness foot", pages: ["s1", "l5", "l4"] },
  {
    q: "pins and needles in my hand",
    pages: ["c6", "c7", "c8", "cervical-radiculopathy", "differential-diagnosis"],
  },
  { q: "pins and needles down my leg", pages: ["sciatica", "lumbar-radiculopathy", "l5", "s1"] },
  { q: "slipped disc", pages: ["disc-herniation"] },
  { q: "pinched nerve in neck", pages: ["cervical-radiculopathy"] },
  { q: "can't stand on tiptoes", pages: ["s1"] },
  { q: "shot in the spine", pages: ["injections"] },
  { q: "numb bum", pages: ["cauda-equina", "red-flags"] },
  { q: "wet myself", pages: ["cauda-equina", "red-flags"] },
  { q: "my bottom is numb", pages: ["cauda-equina", "red-flags"] },
  { q: "numb when I wipe", pages: ["cauda-equina", "red-flags"] },
  { q: "pain down the back of my leg", pages: ["sciatica", "s1", "lumbar-radiculopathy"] },
  { q: "foot drop", pages: ["l5"] },
  { q: "tripping over my toes", pages: ["l5"] },
  { q: "big toe numb", pages: ["l5"] },
  { q: "little toe numb", pages: ["s1"] },
  { q: "thumb and index finger tingling", pages: ["c6"] },
  { q: "middle finger numb", pages: ["c7"] },
  { q: "ring and little finger numb", pages: ["c8"] },
  { q: "weak grip", pages: ["c8"] },
  { q: "can't lift my arm out to the side", pages: ["c5"] },
  { q: "weak shoulder and outer arm numb", pages: ["c5"] },
  { q: "band of pain around my chest", pages: ["thoracic-radiculopathy", "t4", "t5", "t6"] },
  {
    q: "painful rash in a band on one side",
    pages: ["thoracic-radiculopathy", "differential-diagnosis"],
  },
  { q: "pain around the belly button", pages: ["t10", "thoracic-radiculopathy"] },
  { q: "groin pain from the back", pages: ["l1", "l2"] },
  { q: "front of thigh pain", pages: ["l2", "l3"] },
  { q: "knee gives way on stairs", pages: ["l3", "l4"] },
  { q: "inner shin numb", pages: ["l4"] },
  { q: "can't pee and back pain", pages: ["cauda-equina", "red-flags"] },
  { q: "leg pain when walking better when sitting", pages: ["spinal-stenosis"] },
  { q: "clumsy hands and unsteady walking", pages: ["myelopathy"] },
  { q: "is sciatica an emergency", pages: ["red-flags", "cauda-equina", "sciatica"] },
  { q: "when should I go to hospital with back pain", pages: ["red-flags", "cauda-equina"] },
  { q: "how long does sciatica last", pages: ["sciatica", "prognosis"] },
  { q: "do I need an MRI", pages: ["imaging"] },
  { q: "painkillers for sciatica", pages: ["medications"] },
  { q: "gabapentin", pages: ["medications"] },
  { q: "pregabalin for sciatica", pages: ["medications"] },
  { q: "ibuprofen", pages: ["medications"] },
  { q: "chiropractor", pages: ["physical-therapy", "treatment"] },
  { q: "exercises for sciatica", pages: ["physical-therapy", "self-care"] },
  { q: "surgery for a slipped disc", pages: ["surgery", "disc-herniation"] },
  { q: "epidural injection side effects", pages: ["injections"] },
  { q: "should I rest in bed", pages: ["self-care", "treatment"] },
  // Clinical words.
  { q: "ankle reflex", pages: ["reflexes", "s1"] },
  { q: "knee jerk", pages: ["reflexes", "l4", "l3"] },
  { q: "triceps reflex", pages: ["reflexes", "c7"] },
  { q: "dermatome map", pages: ["dermatomes"] },
  { q: "myotomes", pages: ["myotomes"] },
  { q: "straight leg raise test", pages: ["exam-tests"] },
  { q: "Spurling test", pages: ["exam-tests", "cervical-radiculopathy"] },
  { q: "Hoffmann sign", pages: ["myelopathy", "exam-tests"] },
  { q: "cauda equina syndrome", pages: ["cauda-equina"] },
  { q: "neurogenic claudication", pages: ["spinal-stenosis"] },
  { q: "differential diagnosis of radiculopathy", pages: ["differential-diagnosis"] },
  { q: "carpal tunnel or C6", pages: ["differential-diagnosis", "c6"] },
  { q: "common peroneal nerve palsy", pages: ["l5", "differential-diagnosis"] },
  { q: "meralgia paresthetica", pages: ["differential-diagnosis", "l2"] },
  { q: "L5 or S1", pages: ["l5", "s1"] },
  {
    q: "C5-C6 disc herniation",
    pages: ["c6", "disc-herniation", "cervical-radiculopathy", "c5-c6"],
  },
  { q: "piriformis syndrome", pages: ["differential-diagnosis", "s1"] },
  { q: "diabetic amyotrophy", pages: ["differential-diagnosis", "l2", "l3", "l4"] },
  { q: "Horner syndrome", pages: ["t1", "c8"] },
  // Typos.
  { q: "siatica", pages: ["sciatica"] },
  { q: "radiculapathy", pages: ["overview", "lumbar-radiculopathy", "cervical-radiculopathy"] },
  { q: "numbnes in foot", pages: ["s1", "l5", "l4"] },
  { q: "cauda equinna", pages: ["cauda-equina"] },
  { q: "herniatd disc", pages: ["disc-herniation"] },
  { q: "myelopthy", pages: ["myelopathy"] },
  { q: "stenossis", pages: ["spinal-stenosis"] },
  // A root by name.
  { q: "L4", pages: ["l4"] },
  { q: "c7 radiculopathy", pages: ["c7"] },
  { q: "T1 nerve root", pages: ["t1"] },
];
