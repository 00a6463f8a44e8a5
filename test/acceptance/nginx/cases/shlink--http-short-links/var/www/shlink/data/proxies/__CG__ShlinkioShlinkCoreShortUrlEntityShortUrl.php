<?php

namespace __CG__\Shlinkio\Shlink\Core\ShortUrl\Entity;

class ShortUrl extends \Shlinkio\Shlink\Core\ShortUrl\Entity\ShortUrl
{
}
