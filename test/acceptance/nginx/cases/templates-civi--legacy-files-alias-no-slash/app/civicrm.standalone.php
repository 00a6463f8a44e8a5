<?php
// placeholder: bootstrap of the Standalone install
