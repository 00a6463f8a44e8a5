<?php
// legacy mailing click tracking
