<?php
// Files area.
