<?php
// stylesheet of the active template
