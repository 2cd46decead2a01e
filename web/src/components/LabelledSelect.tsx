import FormControl from '@mui/material/FormControl';
import InputLabel from '@mui/material/InputLabel';
import MenuItem from '@mui/material/MenuItem';
import Select from '@mui/material/Select';
import { useId } from 'react';

interface Props<T extends string | number> {
  label: string;
  value: T;
  options: ReadonlyArray<{ value: T; label: string }>;
  onChange(value: NoInfer<T>): void;
  minWidth?: number;
  disabled?: boolean;
}

/** A small MUI select whose accessible name is its visible label (years, months, roles). */
export function LabelledSelect<T extends string | number>({ label, value, options, onChange, minWidth = 120, disabled }: Props<T>) {
  const id = useId();
  return (
    <FormControl size="small" sx={{ minWidth }} disabled={disabled}>
      <InputLabel id={`${id}-label`}>{label}</InputLabel>
      <Select
        labelId={`${id}-label`}
        id={id}
        value={String(value)}
        label={label}
        // The option whose value reads the same (MUI gives the chosen value back as a string).
        onChange={(event) => {
          const chosen = options.find((option) => String(option.value) === event.target.value);
          if (chosen) onChange(chosen.value);
        }}
      >
        {options.map((option) => (
          <MenuItem key={option.value} value={String(option.value)}>
            {option.label}
          </MenuItem>
        ))}
      </Select>
    </FormControl>
  );
}
