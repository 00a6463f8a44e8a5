<?php
// Site options.
