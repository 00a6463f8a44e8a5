<?php
// Stand-in: the Filament panel provider (path "admin").
