<?php
// entry script (placeholder)
