import { Flex, Spin } from 'antd';

/** A centred spinner while the session or a page is loading. */
export function FullPageSpin() {
  return (
    <Flex align="center" justify="center" style={{ minHeight: '50vh' }}>
      <Spin size="large" />
    </Flex>
  );
}
