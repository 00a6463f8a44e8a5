<?php
// legacy mailing open tracking
