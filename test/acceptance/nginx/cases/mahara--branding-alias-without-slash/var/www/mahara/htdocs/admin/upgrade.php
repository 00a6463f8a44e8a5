<?php
// Web upgrade.
