<table>{$invoice}</table>
