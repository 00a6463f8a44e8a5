<?php
// Placeholder: serves public/ when the web root is the archive folder (not used here).
