// The client half of the form layer (docs/decisions/027-form-layer.md; the server half: lib/forms/action.ts).
export { AppForm } from './app-form';
export { useAppForm } from './use-app-form';
export { useFormReply, useFormText, type FormTranslate } from './form-text';
export {
  CheckboxField,
  Field,
  FieldError,
  FormError,
  FormNotice,
  HiddenFields,
  LocaleInput,
  SelectField,
  SubmitButton,
  TextField,
  TextareaField,
  controlAria,
  useFieldErrors,
  type ControlProps,
  type FieldMeta,
} from './fields';
export { PasswordField } from './password-field';
