// The REDCap data dictionary's columns, in the order REDCap's "Download the current
// Data Dictionary" writes them and its upload expects, and the field types and
// text validations REDCap accepts.
export const redcapColumns = [
  'Variable / Field Name',
  'Form Name',
  'Section Header',
  'Field Type',
  'Field Label',
  'Choices, Calculations, OR Slider Labels',
  'Field Note',
  'Text Validation Type OR Show Slider Number',
  'Text Validation Min',
  'Text Validation Max',
  'Identifier?',
  'Branching Logic (Show field only if...)',
  'Required Field?',
  'Custom Alignment',
  'Question Number (surveys only)',
  'Matrix Group Name',
  'Matrix Ranking?',
  'Field Annotation',
] as const;

export const redcapFieldTypes = [
  'text',
  'notes',
  'radio',
  'dropdown',
  'checkbox',
  'yesno',
  'truefalse',
  'calc',
  'descriptive',
  'slider',
  'file',
  'sql',
];
export const redcapValidations = [
  'integer',
  'number',
  'date_ymd',
  'date_mdy',
  'date_dmy',
  'email',
  'phone',
  'time',
  'zipcode',
  'datetime_ymd',
  'signature',
];
