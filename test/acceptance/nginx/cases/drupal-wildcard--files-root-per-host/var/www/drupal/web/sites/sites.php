<?php
// Each site's folder is named after its host: sites/<host>/.
