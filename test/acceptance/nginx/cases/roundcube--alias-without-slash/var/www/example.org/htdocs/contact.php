<?php
// Contact form: mails the message to the office.
