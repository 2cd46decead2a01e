import FormControl from '@mui/material/FormControl';
import InputLabel from '@mui/material/InputLabel';
import MenuItem from '@mui/material/MenuItem';
import Select from '@mui/material/Select';
import { useId } from 'react';

interface Props {
  label: string;
  value: number;
  options: ReadonlyArray<{ value: number; label: string }>;
  onChange(value: number): void;
  minWidth?: number;
}

/** A small MUI select of numbers whose accessible name is its visible label (years, months). */
export function LabelledSelect({ label, value, options, onChange, minWidth = 120 }: Props) {
  const id = useId();
  return (
    <FormControl size="small" sx={{ minWidth }}>
      <InputLabel id={`${id}-label`}>{label}</InputLabel>
      <Select labelId={`${id}-label`} id={id} value={value} label={label} onChange={(event) => onChange(Number(event.target.value))}>
        {options.map((option) => (
          <MenuItem key={option.value} value={option.value}>
            {option.label}
          </MenuItem>
        ))}
      </Select>
    </FormControl>
  );
}
