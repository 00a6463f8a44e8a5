<?php // placeholder: bundles list
return [];
