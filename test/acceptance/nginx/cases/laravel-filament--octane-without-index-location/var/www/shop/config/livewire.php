<?php
// Stand-in for config/livewire.php.
return [];
