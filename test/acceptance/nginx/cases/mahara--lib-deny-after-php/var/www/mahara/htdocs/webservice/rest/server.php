<?php
// REST web service (Mahara Mobile, LTI).
