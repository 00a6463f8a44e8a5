<?php
// Example custom page (/examplepage through the loader).
