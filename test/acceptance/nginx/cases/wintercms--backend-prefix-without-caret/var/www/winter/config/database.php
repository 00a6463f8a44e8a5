<?php return []; // placeholder
